BRIEFINGS_SEARCH_WORDS("roq",{
"roquette":"7g",
"roquettes":"57,29"
});
