BRIEFINGS_SEARCH_WORDS("pas",{
"pas":"1,e,1,6,b,1,10,c,4,2,a,i,1,1,1,3,b,2,3,15,2,1b,d,1,5,c,1,3,3,1,5,2,1;39,5,b,1c,1p,u",
"pasdaran":"1l",
"passage":"o,1g,4w,6;70",
"passages":"d",
"passe":"1v",
"passera":"39"
});
