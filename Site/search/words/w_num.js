BRIEFINGS_SEARCH_WORDS("num",{
"numan":"1,2t,d,y,2,4,5,a,35,1;45,3r",
"number":"5t,1x;5t",
"numero":"31",
"numerous":"7y"
});
