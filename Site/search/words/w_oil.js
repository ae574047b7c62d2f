BRIEFINGS_SEARCH_WORDS("oil",{
"oil":"2,p,1i,5i,g"
});
