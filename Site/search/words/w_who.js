BRIEFINGS_SEARCH_WORDS("who",{
"who":"2c,2g,o,1t,4,3",
"whole":"4s,2o",
"whose":"4c,35,4"
});
