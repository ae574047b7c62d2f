BRIEFINGS_SEARCH_WORDS("twe",{
"twenty":"31,14,3f;45"
});
