// The search index's build thread, bundled for tests as the app bundles it (search-worker.cjs).
import '../../electron/store/search/build-worker';
