BRIEFINGS_SEARCH_WORDS("mik",{
"mike":"25,5i;25"
});
