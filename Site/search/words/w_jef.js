BRIEFINGS_SEARCH_WORDS("jef",{
"jeffrey":"1n,6;1n"
});
