BRIEFINGS_SEARCH_WORDS("who",{
"who":"2b,2h,o,1w,4,3",
"whole":"4s,2r",
"whose":"4b,39,4"
});
