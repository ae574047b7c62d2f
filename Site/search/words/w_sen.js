BRIEFINGS_SEARCH_WORDS("sen",{
"send":"4u,31",
"sending":"68,1f;68",
"senegal":"7x",
"senior":"5u,1x",
"sens":"3k,4h",
"sent":"7u,5"
});
