BRIEFINGS_SEARCH_WORDS("who",{
"who":"2b,2f,o,1w,4,3",
"whole":"4q,2r",
"whose":"4b,37,4"
});
