BRIEFINGS_SEARCH_WORDS("vu",{
"vu":"54,2b;54"
});
