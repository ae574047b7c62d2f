BRIEFINGS_SEARCH_WORDS("how",{
"how":"5r,14,p,4",
"howitzers":"7l"
});
