BRIEFINGS_SEARCH_WORDS("kno",{
"knocked":"49,3b;49",
"known":"7i"
});
