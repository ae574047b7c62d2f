BRIEFINGS_SEARCH_WORDS("who",{
"who":"2b,2h,o,1t,4,3",
"whole":"4s,2o",
"whose":"4b,36,4"
});
