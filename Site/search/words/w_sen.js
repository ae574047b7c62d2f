BRIEFINGS_SEARCH_WORDS("sen",{
"send":"4u,30",
"sending":"67,1f;67",
"senegal":"7w",
"senior":"5u,1w",
"sens":"3k,4g",
"sent":"7t,5"
});
