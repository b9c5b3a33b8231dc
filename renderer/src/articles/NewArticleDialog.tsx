import { todayIso as today } from '../../../shared/model/date';
import { useNotify } from '../app/notify';
import { useEffect, useState } from 'react';
import type { ArticleContent } from '../../../shared/model/article';
import { emptyContent } from '../../../shared/model/article-content';
import { useClient } from '../api/use-client';

interface TemplateItem {
  id: string;
  name: string;
  builtIn: boolean;
  content: ArticleContent;
}

interface Props {
  onCreate(content: ArticleContent): void;
  onCancel(): void;
}

/** 新建稿件: a blank article or one from a template (built-in or the newsroom's own), dated today. */
export function NewArticleDialog({ onCreate, onCancel }: Props) {
  const notify = useNotify();
  const client = useClient();
  const [templates, setTemplates] = useState<TemplateItem[] | null>(null);

  useEffect(() => {
    let live = true;
    client
      .call('templates.list')
      .then((list) => live && setTemplates(list))
      .catch((e: unknown) => live && notify.fail(e));
    return () => {
      live = false;
    };
  }, [client, notify]);

  const fromTemplate = (t: TemplateItem) =>
    onCreate({ ...t.content, dateline: t.content.dateline ?? { source: '本报讯', date: today(), timeOfDay: null } });

  const remove = async (t: TemplateItem) => {
    try {
      await client.call('templates.delete', { id: t.id });
      setTemplates((list) => list?.filter((x) => x.id !== t.id) ?? null);
    } catch (e) {
      notify.fail(e);
    }
  };

  return (
    <div className="dialog" role="dialog" aria-label="新建稿件">
      <h2>新建稿件</h2>
      <div className="template-grid">
        <button type="button" onClick={() => onCreate(emptyContent())}>
          空白稿件
        </button>
        {templates?.map((t) => (
          <span key={t.id} className="template-item">
            <button type="button" onClick={() => fromTemplate(t)}>
              {t.name}
            </button>
            {!t.builtIn && (
              <button type="button" aria-label={`删除模板 ${t.name}`} onClick={() => void remove(t)}>
                ×
              </button>
            )}
          </span>
        ))}
      </div>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}
