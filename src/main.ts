/**
 * The entry (index.html). A deep link to a full pith number shows its verdict before React is even
 * fetched (issue 10: React, ReactDOM and the router alone are over the first verdict's 100 KB
 * budget); every other page starts React at once. Both go through one query client, so the React
 * record page reads the verdict already shown instead of looking the record up again.
 */
import './index.css';
import { createAppQueryClient } from './app/query-client';
import { firstVerdictQuery, holdFirstVerdict, showFirstVerdict } from './features/record/first-verdict';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const client = createAppQueryClient();
const query = firstVerdictQuery(window.location.pathname);
if (query) await showFirstVerdict(root, query, client);
const { startApp } = await import('./app/start-app');
holdFirstVerdict(root, 5_000);
startApp(root, client);
