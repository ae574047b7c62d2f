BRIEFINGS_SEARCH_WORDS("kno",{
"knocked":"49,3d;49",
"known":"7k"
});
