BRIEFINGS_SEARCH_WORDS("fal",{
"fall":"4l,3m;4l",
"fallen":"5e,2o",
"falter":"7v;7v"
});
