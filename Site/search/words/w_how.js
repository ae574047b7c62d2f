BRIEFINGS_SEARCH_WORDS("how",{
"how":"5n,10,p,4",
"howitzers":"7d"
});
