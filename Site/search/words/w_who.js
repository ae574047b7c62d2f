BRIEFINGS_SEARCH_WORDS("who",{
"who":"2c,2h,o,1t,4,3",
"whole":"4t,2o",
"whose":"4c,36,4"
});
