BRIEFINGS_SEARCH_WORDS("mik",{
"mike":"25,5h;25"
});
