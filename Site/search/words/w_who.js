BRIEFINGS_SEARCH_WORDS("who",{
"who":"2c,32,o,1t,4,3",
"whole":"5e,2o",
"whose":"4y,35,4"
});
