BRIEFINGS_SEARCH_WORDS("any",{
"any":"46,2o,2,q,1,9;46,2o",
"anymore":"4c,3k",
"anyone":"5s,1y",
"anything":"4b,3l"
});
