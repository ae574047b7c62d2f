BRIEFINGS_SEARCH_WORDS("sei",{
"seized":"7v",
"seizes":"7v;7v"
});
