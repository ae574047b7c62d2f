BRIEFINGS_SEARCH_WORDS("xxi",{
"xxie":"22"
});
