BRIEFINGS_SEARCH_WORDS("kno",{
"knocked":"4e,3g;4e",
"known":"7s"
});
