BRIEFINGS_SEARCH_WORDS("mik",{
"mike":"25,5k;25"
});
