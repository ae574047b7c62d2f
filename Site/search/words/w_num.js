BRIEFINGS_SEARCH_WORDS("num",{
"numan":"1,2t,d,y,2,4,5,a,35,1;7w",
"number":"5t,1x",
"numero":"31",
"numerous":"7y"
});
