BRIEFINGS_SEARCH_WORDS("roq",{
"roquette":"7i",
"roquettes":"56,2c"
});
