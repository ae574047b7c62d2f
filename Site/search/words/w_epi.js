BRIEFINGS_SEARCH_WORDS("epi",{
"epidemie":"1a,12"
});
