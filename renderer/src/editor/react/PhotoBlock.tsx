import { useState } from 'react';
import { Node } from 'slate';
import type { RenderElementProps } from 'slate-react';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { creditFor, ppiLevel, ppiMessage, PPI_WARNING } from '../../../../shared/model/photo';
import { usePhotoPpi } from './photo-ppi';
import type { PersonCategory } from '../../../../shared/people/model';
import { PersonSearch } from '../../people/PersonSearch';
import { usePhotoUrl } from '../../photos/use-photo-url';
import { documentDate } from '../core/people';
import { removePhoto, setPhotoCredit } from '../core/photos';
import type { PhotoElement } from '../core/types';
import { useLocked } from './locked';
import { OWN_EVENTS } from './own-events';
import { usePeopleSource } from './people-source';

/** How a photographer from the directory is credited, by category. */
const CREDIT_ROLE: Partial<Record<PersonCategory, 'reporter' | 'correspondent' | 'other'>> = {
  记者: 'reporter',
  摄影: 'reporter',
  通讯员: 'correspondent',
};
const CREDIT_CATEGORIES = Object.keys(CREDIT_ROLE) as PersonCategory[];

/** The picker for a photo's credit: a photographer from the directory, or the credit typed. */
function CreditPicker({ value, date, onDone }: { value: string; date: string; onDone(next: string | null): void }) {
  const [text, setText] = useState(value);
  const { directory } = usePeopleSource();
  return (
    <div className="picker" role="dialog" aria-label="摄影署名" {...OWN_EVENTS}>
      <PersonSearch
        people={directory.people}
        date={date}
        label="从人员库选择摄影者"
        categories={CREDIT_CATEGORIES}
        onPick={(person) => setText(creditFor(person.name, CREDIT_ROLE[person.category] ?? 'other'))}
      />
      <label>
        署名
        <input
          aria-label="摄影署名"
          value={text}
          placeholder="如 本报记者 张三 摄、新华社发、资料图片"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="button" onClick={() => onDone(creditFor(text))}>
        确定
      </button>
      <button type="button" onClick={() => onDone(null)}>
        取消
      </button>
    </div>
  );
}

/** The widest a picture prints, in millimetres, at a given resolution. */
const widestMm = (pixels: number, ppi: number) => Math.round((pixels / ppi) * 25.4);

/**
 * A photo in the article: the picture (its view rendition, loaded in the
 * background), its size and how wide it can print, the credit with a picker,
 * 删除图片, and under it the 图片说明, which is the element's text.
 */
export function PhotoBlock({ attributes, children, element }: RenderElementProps & { element: PhotoElement }) {
  const editor = useSlateStatic();
  const locked = useLocked();
  const { url, error } = usePhotoUrl(element.hash);
  const placed = usePhotoPpi(element.hash);
  const source = usePeopleSource();
  const [picking, setPicking] = useState(false);
  const caption = Node.string(element);
  const path = () => ReactEditor.findPath(editor, element);
  return (
    <figure {...attributes} className="photo-block" data-testid="photo">
      <div contentEditable={false} className="photo-frame">
        {url ? (
          <img src={url} alt={caption || '图片'} draggable={false} />
        ) : (
          <div className="photo-loading" role={error ? 'alert' : 'status'}>
            {error ?? '正在载入图片…'}
          </div>
        )}
        <div className="photo-facts" data-testid="photo-facts">
          {`${element.width}×${element.height} 像素 · 最宽可印 ${widestMm(element.width, PPI_WARNING)} 毫米（${PPI_WARNING} ppi）`}
        </div>
        {placed.map(({ where, ppi }) => (
          <div
            key={where}
            className={ppiLevel(ppi) === 'ok' ? 'photo-facts' : 'photo-facts over'}
            data-testid="photo-placed-ppi"
            data-level={ppiLevel(ppi)}
          >
            {`${where}：${ppiMessage(ppi)}`}
          </div>
        ))}
        <div className="photo-actions">
          <button
            type="button"
            className="chip"
            data-testid="photo-credit"
            title={locked ?? '修改摄影署名'}
            disabled={locked !== null}
            onClick={() => setPicking((open) => !open)}
          >
            {element.credit ? `（${element.credit}）` : '添加摄影署名'}
          </button>
          <button
            type="button"
            title={locked ?? '删除这张图片（可撤销）'}
            disabled={locked !== null}
            onClick={() => removePhoto(editor, path())}
          >
            删除图片
          </button>
        </div>
        {picking && !locked && (
          <CreditPicker
            value={element.credit}
            date={documentDate(editor.children, source.fallbackDate)}
            onDone={(next) => {
              setPicking(false);
              if (next !== null) setPhotoCredit(editor, path(), next);
              ReactEditor.focus(editor);
            }}
          />
        )}
      </div>
      <figcaption
        className="photo-caption"
        data-hint="图片说明"
        data-empty={caption === ''}
        data-testid="photo-caption"
      >
        {children}
      </figcaption>
    </figure>
  );
}
