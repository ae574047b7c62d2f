BRIEFINGS_SEARCH_WORDS("twe",{
"twenty":"30,19,3l;49"
});
