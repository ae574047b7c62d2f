BRIEFINGS_SEARCH_WORDS("who",{
"who":"2b,1k,12,o,n,1c,4,3;68",
"whole":"4x,2u",
"whose":"4g,3c,4"
});
