BRIEFINGS_SEARCH_WORDS("sei",{
"seized":"7k",
"seizes":"7k;7k"
});
