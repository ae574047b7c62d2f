BRIEFINGS_SEARCH_WORDS("sei",{
"seized":"7x",
"seizes":"7x;7x"
});
