BRIEFINGS_SEARCH_WORDS("twe",{
"twenty":"30,17,3o;47"
});
