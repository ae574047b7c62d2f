BRIEFINGS_SEARCH_WORDS("sei",{
"seized":"7w",
"seizes":"7w;7w"
});
