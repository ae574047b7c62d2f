BRIEFINGS_SEARCH_WORDS("kno",{
"knocked":"4f,3i;4f",
"known":"7v"
});
