BRIEFINGS_SEARCH_WORDS("twe",{
"twenty":"30,14,3g;44"
});
