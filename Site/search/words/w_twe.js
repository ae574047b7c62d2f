BRIEFINGS_SEARCH_WORDS("twe",{
"twenty":"47,3o;47"
});
