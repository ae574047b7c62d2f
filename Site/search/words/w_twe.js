BRIEFINGS_SEARCH_WORDS("twe",{
"twenty":"47,3p;47"
});
