BRIEFINGS_SEARCH_WORDS("any",{
"any":"46,2o,2,p,1,9;46,2o",
"anymore":"4c,3j",
"anyone":"5s,1x",
"anything":"4b,3k"
});
