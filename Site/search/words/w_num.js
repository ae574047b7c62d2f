BRIEFINGS_SEARCH_WORDS("num",{
"numan":"1,2t,d,y,2,4,5,a,34,1;45,3q",
"number":"5t,1w;5t",
"numero":"31",
"numerous":"7x"
});
