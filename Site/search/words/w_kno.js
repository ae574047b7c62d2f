BRIEFINGS_SEARCH_WORDS("kno",{
"knocked":"4w,39;4w",
"known":"83"
});
