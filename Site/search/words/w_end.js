BRIEFINGS_SEARCH_WORDS("end",{
"end":"5h,18,n,4,4;7k",
"endanger":"43,3j",
"ended":"4p,2v",
"endosse":"2j",
"ends":"78"
});
