BRIEFINGS_SEARCH_WORDS("twe",{
"twenty":"31,14,3e;45"
});
