BRIEFINGS_SEARCH_WORDS("roq",{
"roquette":"7g",
"roquettes":"54,2c"
});
