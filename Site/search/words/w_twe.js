BRIEFINGS_SEARCH_WORDS("twe",{
"twenty":"30,14,3f;44"
});
