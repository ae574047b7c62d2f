BRIEFINGS_SEARCH_WORDS("sen",{
"send":"4t,2z",
"sending":"66,1e;66",
"senegal":"7u",
"senior":"5t,1v",
"sens":"3k,4e",
"sent":"7r,5"
});
