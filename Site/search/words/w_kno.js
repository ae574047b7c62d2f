BRIEFINGS_SEARCH_WORDS("kno",{
"knocked":"4f,3g;4f",
"known":"7t"
});
