BRIEFINGS_SEARCH_WORDS("how",{
"how":"5n,10,m,4",
"howitzers":"7a"
});
