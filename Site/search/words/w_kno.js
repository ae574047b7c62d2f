BRIEFINGS_SEARCH_WORDS("kno",{
"knocked":"4a,3a;4a",
"known":"7i"
});
